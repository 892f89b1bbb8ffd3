using Reports.Domain.Archive;

namespace Reports.Domain.Ports;

/// <summary>The list of archived editions: one small entry per published day.</summary>
public interface IEditionIndex
{
    /// <summary>Writes (or replaces, after a rebuild) the entry of <paramref name="entry"/>'s day.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task SaveAsync(EditionEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries newest first, skipping <paramref name="skip"/>; only days up to <paramref name="until"/> when given.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<EditionPage> ListAsync(DateOnly? until, int skip, int take, CancellationToken cancellationToken);
}
