namespace Reports.Rendering.Layout;

/// <summary>A block and its distance from the top of the page's content area.</summary>
internal readonly record struct PlacedBlock(Block Block, float Y);

/// <summary>
/// Distributes blocks over pages top to bottom. Rules: a block that does not fit starts a new page; spacing is
/// placed only between content on the same page (never opening or closing one); a run of keep-with-next blocks
/// moves to the next page together with the block after it; a block that carries a repeated header (a table row)
/// gets that header first when it opens a page; a block taller than a whole page gets a page of its own and is
/// clipped there.
/// </summary>
internal static class Paginator
{
    /// <param name="contentHeight">Height available for content on page n (1-based).</param>
    public static IReadOnlyList<IReadOnlyList<PlacedBlock>> Paginate(IReadOnlyList<Block> blocks, Func<int, float> contentHeight)
    {
        var pages = new List<IReadOnlyList<PlacedBlock>>();
        var page = new List<PlacedBlock>();
        var y = 0f;
        var available = contentHeight(1);
        var hasContent = false;
        var pendingSpacing = new List<Block>();

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0;
            available = contentHeight(pages.Count + 1);
            hasContent = false;
            pendingSpacing.Clear();
        }

        float Gap() => pendingSpacing.Sum(b => b.Height);

        bool Fits(float height) => y + height <= available + 0.01f;

        void Place(Block block)
        {
            if (block.Kind == BlockKind.Spacing)
            {
                // Held back until content follows on this page.
                if (hasContent)
                {
                    pendingSpacing.Add(block);
                }

                return;
            }

            if (hasContent && !Fits(Gap() + block.Height))
            {
                NewPage();
            }

            foreach (var spacing in pendingSpacing)
            {
                page.Add(new PlacedBlock(spacing, y));
                y += spacing.Height;
            }

            pendingSpacing.Clear();
            if (!hasContent && block.RepeatedHeader is { } header)
            {
                page.Add(new PlacedBlock(header, y));
                y += header.Height;
            }

            page.Add(new PlacedBlock(block, y));
            y += block.Height;
            hasContent = true;
        }

        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.PageBreak)
            {
                if (hasContent)
                {
                    NewPage();
                }

                pendingSpacing.Clear();
                i++;
                continue;
            }

            if (block.Kind == BlockKind.Spacing)
            {
                Place(block);
                i++;
                continue;
            }

            var end = GroupEnd(blocks, i);
            if (hasContent)
            {
                var groupHeight = Gap();
                for (var j = i; j <= end; j++)
                {
                    groupHeight += blocks[j].Height;
                }

                if (!Fits(groupHeight))
                {
                    NewPage();
                }
            }

            for (var j = i; j <= end; j++)
            {
                Place(blocks[j]);
            }

            i = end + 1;
        }

        if (hasContent || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The last index of the group starting at <paramref name="start"/>: keep-with-next blocks and
    /// spacing carry on to the first content block that is not keep-with-next (or a page break ends it).</summary>
    private static int GroupEnd(IReadOnlyList<Block> blocks, int start)
    {
        var end = start;
        while (end < blocks.Count - 1
               && (blocks[end].KeepWithNext || blocks[end].Kind == BlockKind.Spacing)
               && blocks[end + 1].Kind != BlockKind.PageBreak)
        {
            end++;
        }

        return end;
    }
}
