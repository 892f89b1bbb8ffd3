namespace Reports.Domain.Market;

/// <summary>Input data is missing or wrong in a way that cannot be skipped safely.</summary>
public sealed class MarketDataException(string message, Exception? inner = null) : Exception(message, inner);
