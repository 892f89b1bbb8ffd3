using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers;

/// <summary>A source that is not registered, and why (no API key, disabled in settings).</summary>
/// <param name="Name">The source name it would have, e.g. "coinglass".</param>
/// <param name="Provides">What the report lacks without it, e.g. "liquidations".</param>
public sealed record UnavailableSource(string Name, string Provides, SourceFailure Failure, string Reason);
