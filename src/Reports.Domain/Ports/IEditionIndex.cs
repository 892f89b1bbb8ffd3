using Reports.Domain.Archive;

namespace Reports.Domain.Ports;

/// <summary>The list of archived editions: one small entry per published day.</summary>
public interface IEditionIndex
{
    /// <summary>Writes (or replaces, after a rebuild) the entry of <paramref name="entry"/>'s day.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task SaveAsync(EditionEntry entry, CancellationToken cancellationToken);

    /// <summary>The entry of <paramref name="day"/>, or null when it has none.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<EditionEntry?> GetAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Entries for archived editions that have none (archived before the index existed), newest first, at most
    /// <paramref name="max"/>: headline and standfirst from the archived JSON edition, archived at its last write.
    /// An edition without a readable JSON edition is left out (and logged).
    /// </summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<IReadOnlyList<EditionEntry>> MissingAsync(int max, CancellationToken cancellationToken);

    /// <summary>Entries newest first, skipping <paramref name="skip"/>; only days up to <paramref name="until"/> when given.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<EditionPage> ListAsync(DateOnly? until, int skip, int take, CancellationToken cancellationToken);
}
