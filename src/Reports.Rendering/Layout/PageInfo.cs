namespace Reports.Rendering.Layout;

/// <summary>Which page a header or footer is drawn on. <see cref="Total"/> is 0 during the measure pass.</summary>
internal readonly record struct PageInfo(int Number, int Total);
