using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>
/// A grid: columns of constant or relative width, an optional header row repeated at the top of every page
/// the table continues on, then body cells filled row by row. Each row is one unbreakable block.
/// </summary>
internal sealed class TableDescriptor
{
    private readonly List<(float Constant, float Relative)> columns = [];
    private readonly List<Slot> header = [];
    private readonly List<Slot> cells = [];
    private TableStyle style = TableStyle.Plain;

    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> define)
    {
        define(new TableColumnsDescriptor(columns));
        return this;
    }

    public TableDescriptor Header(Action<TableHeaderDescriptor> compose)
    {
        compose(new TableHeaderDescriptor(header));
        return this;
    }

    public IContainer Cell()
    {
        var slot = new Slot();
        cells.Add(slot);
        return slot;
    }

    public TableDescriptor Style(TableStyle value)
    {
        style = value;
        return this;
    }

    internal Element Build()
    {
        if (columns.Count == 0)
        {
            throw new InvalidOperationException("A table needs at least one column; call ColumnsDefinition first.");
        }

        return new TableElement([.. columns], [.. header], [.. cells], style);
    }

    private sealed class TableElement(
        IReadOnlyList<(float Constant, float Relative)> columns,
        IReadOnlyList<Slot> header,
        IReadOnlyList<Slot> cells,
        TableStyle style) : Element
    {
        public override IReadOnlyList<Block> Layout(float width)
        {
            var free = Math.Max(0, width - columns.Sum(c => c.Constant));
            var weights = columns.Sum(c => c.Relative);
            var widths = columns.Select(c => c.Constant + (weights > 0 ? free * c.Relative / weights : 0)).ToArray();

            var headerBlock = header.Count == 0 ? null : Row(header, widths, width, style.HeaderBackground) with { KeepWithNext = true };
            var result = new List<Block>();
            if (headerBlock is not null)
            {
                result.Add(headerBlock);
            }

            for (int start = 0, row = 0; start < cells.Count; start += widths.Length, row++)
            {
                var rowCells = cells.Skip(start).Take(widths.Length).ToArray();
                var background = row % 2 == 1 ? style.StripeBackground : null;
                result.Add(Row(rowCells, widths, width, background) with { RepeatedHeader = headerBlock });
            }

            return result;
        }

        private Block Row(IReadOnlyList<Slot> rowCells, float[] widths, float width, SKColor? background)
        {
            var (padX, padY) = (style.CellPaddingHorizontal, style.CellPaddingVertical);
            var laidOut = rowCells.Select((cell, i) => cell.Child.Layout(Math.Max(0, widths[i] - 2 * padX))).ToArray();
            var height = laidOut.Select(blocks => blocks.Sum(b => b.Height)).DefaultIfEmpty(0).Max() + 2 * padY;
            var rule = style.RuleBelow;
            return new Block(width, height, (canvas, at) =>
            {
                if (background is { } fill)
                {
                    using var paint = new SKPaint { Color = fill };
                    canvas.DrawRect(SKRect.Create(at.X, at.Y, width, height), paint);
                }

                var x = at.X;
                for (var i = 0; i < laidOut.Length; i++)
                {
                    var y = at.Y + padY;
                    foreach (var block in laidOut[i])
                    {
                        block.Draw(canvas, new SKPoint(x + padX, y));
                        y += block.Height;
                    }

                    x += widths[i];
                }

                if (rule is { } color)
                {
                    using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
                    canvas.DrawLine(at.X, at.Y + height, at.X + width, at.Y + height, paint);
                }
            });
        }
    }
}

/// <summary>Cell padding and the colours a table is drawn with.</summary>
internal sealed record TableStyle(
    float CellPaddingHorizontal,
    float CellPaddingVertical,
    SKColor? HeaderBackground,
    SKColor? StripeBackground,
    SKColor? RuleBelow)
{
    public static TableStyle Plain { get; } = new(3, 2, null, null, null);
}

internal sealed class TableColumnsDescriptor
{
    private readonly List<(float Constant, float Relative)> columns;

    internal TableColumnsDescriptor(List<(float Constant, float Relative)> columns) => this.columns = columns;

    public void ConstantColumn(float width) => columns.Add((width, 0));

    public void RelativeColumn(float weight = 1) => columns.Add((0, weight));
}

internal sealed class TableHeaderDescriptor
{
    private readonly List<Slot> cells;

    internal TableHeaderDescriptor(List<Slot> cells) => this.cells = cells;

    public IContainer Cell()
    {
        var slot = new Slot();
        cells.Add(slot);
        return slot;
    }
}
