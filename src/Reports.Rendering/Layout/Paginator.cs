namespace Reports.Rendering.Layout;

/// <summary>A block and its distance from the top of the page's content area.</summary>
internal readonly record struct PlacedBlock(Block Block, float Y);

/// <summary>Content that cannot be laid out: a block taller than a whole page.</summary>
internal sealed class LayoutOverflowException(string message) : InvalidOperationException(message);

/// <summary>
/// Distributes blocks over pages top to bottom. Rules: a block that does not fit starts a new page; spacing is
/// placed only between content on the same page (never opening or closing one); a run of keep-with-next blocks
/// moves to the next page together with the block after it; a block that carries a repeated header (a table row)
/// gets that header first when it opens a page; a floating block (a figure) that does not fit waits while the
/// content after it fills the page, then opens the next page (floats keep their order, and a page break or the
/// end of the document places any still waiting); a block taller than a whole page is an error, never clipped.
/// </summary>
internal static class Paginator
{
    /// <summary>Space above a figure that opens a page after another figure.</summary>
    private const float FloatGap = 8;

    /// <param name="contentHeight">Height available for content on page n (1-based).</param>
    public static IReadOnlyList<IReadOnlyList<PlacedBlock>> Paginate(IReadOnlyList<Block> blocks, Func<int, float> contentHeight)
    {
        var pages = new List<IReadOnlyList<PlacedBlock>>();
        var page = new List<PlacedBlock>();
        var y = 0f;
        var available = contentHeight(1);
        var hasContent = false;
        var pendingSpacing = new List<Block>();
        var waiting = new Queue<Block>();

        float Gap() => pendingSpacing.Sum(b => b.Height);

        bool Fits(float height) => y + height <= available + 0.01f;

        void Put(Block block)
        {
            var needed = block.Height + (block.RepeatedHeader?.Height ?? 0);
            if (needed > available + 0.01f)
            {
                throw new LayoutOverflowException(
                    $"A block {block.Height:0.#} pt tall does not fit on an empty page ({available:0.#} pt of content height); split it or make it smaller.");
            }

            page.Add(new PlacedBlock(block, y));
            y += block.Height;
            hasContent = true;
        }

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0;
            available = contentHeight(pages.Count + 1);
            hasContent = false;
            pendingSpacing.Clear();
            // Figures that waited open the new page, as many as fit.
            while (waiting.Count > 0 && (!hasContent || Fits(FloatGap + waiting.Peek().Height)))
            {
                if (hasContent)
                {
                    y += FloatGap;
                }

                Put(waiting.Dequeue());
            }
        }

        void FlushWaiting()
        {
            while (waiting.Count > 0)
            {
                if (hasContent && Fits(FloatGap + waiting.Peek().Height))
                {
                    y += FloatGap;
                    Put(waiting.Dequeue());
                }
                else
                {
                    NewPage();
                }
            }
        }

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

            Put(block);
        }

        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.PageBreak)
            {
                FlushWaiting();
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

            if (block.Float)
            {
                // Behind another waiting figure, or not fitting here: wait for the next page.
                if (waiting.Count > 0 || (hasContent && !Fits(Gap() + block.Height)))
                {
                    waiting.Enqueue(block);
                }
                else
                {
                    Place(block);
                }

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

                // A new page may open with figures that waited; the group then needs the page after.
                while (hasContent && !Fits(groupHeight))
                {
                    NewPage();
                    groupHeight = GroupHeight(blocks, i, end);
                }
            }

            for (var j = i; j <= end; j++)
            {
                Place(blocks[j]);
            }

            i = end + 1;
        }

        FlushWaiting();
        if (hasContent || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages;
    }

    private static float GroupHeight(IReadOnlyList<Block> blocks, int start, int end)
    {
        var height = 0f;
        for (var j = start; j <= end; j++)
        {
            height += blocks[j].Height;
        }

        return height;
    }

    /// <summary>The last index of the group starting at <paramref name="start"/>: keep-with-next blocks and
    /// spacing carry on to the first content block that is not keep-with-next (or a page break ends it).</summary>
    private static int GroupEnd(IReadOnlyList<Block> blocks, int start)
    {
        var end = start;
        while (end < blocks.Count - 1
               && (blocks[end].KeepWithNext || blocks[end].Kind == BlockKind.Spacing)
               && blocks[end + 1].Kind != BlockKind.PageBreak
               && !blocks[end + 1].Float)
        {
            end++;
        }

        return end;
    }
}
