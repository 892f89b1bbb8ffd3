using System.Text;
using Reports.Domain.Watch;
using Reports.Infrastructure.Watch;

namespace Reports.Delivery.Tests.Infrastructure;

public sealed class ArchivedWatchLevelsTests
{
    [Fact]
    public void Only_items_with_a_symbol_as_stored_data_holds_it_become_watch_levels()
    {
        // An archived edition edited by hand: its subjects end up in table keys and alert subjects.
        var edition = Encoding.UTF8.GetBytes("""
            { "watch": [
              { "kind": "nearestSupport", "subject": "BTC", "level": 74420.5 },
              { "kind": "nearestSupport", "subject": "A/B#?", "level": 1 },
              { "kind": "nearestSupport", "subject": "eth", "level": 2 },
              { "kind": "nearestSupport", "subject": null, "level": 3 },
              { "kind": "nearestSupport", "level": 4 },
              { "kind": "reclaimBrokenSupport", "subject": "ETH", "level": 2380.4 }
            ] }
            """);

        var levels = ArchivedWatchLevels.Read(edition);

        Assert.Equal([("BTC", BreakDirection.Below, 74420.5m), ("ETH", BreakDirection.Above, 2380.4m)], levels.Select(l => (l.Symbol, l.Direction, l.Level)));
    }
}
