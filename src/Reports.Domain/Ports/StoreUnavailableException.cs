namespace Reports.Domain.Ports;

/// <summary>A snapshot or report store could not be reached or refused access; retrying later may help.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
