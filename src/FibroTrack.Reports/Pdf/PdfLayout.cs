using ScottPlot;
using SkiaSharp;

namespace FibroTrack.Reports.Pdf;

/// <summary>The document properties written into the PDF's information dictionary.</summary>
public sealed record PdfMetadata(string Title, string Subject, DateTime Created, string Author = "FibroTrack");

/// <summary>A table column: its header, its share of the content width and whether its cells align right (numbers).</summary>
public sealed record TableColumn(string Header, float Weight, bool AlignRight = false);

/// <summary>
/// A small flow layout for the report: text, headings, tables and figures are placed top to bottom on pages with fixed
/// margins, breaking to a new page when the next block does not fit. Placement and drawing are separate passes, so the
/// footer knows the page count ("page 2 of 5"); each page is drawn in the order its blocks were added, which makes the
/// PDF's reading order the visual order.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    public const float BodySize = 9.5f;
    public const float SmallSize = 8f;
    private const float LineFactor = 1.32f;
    private const float FooterSize = 7.5f;

    private static readonly SKColor Ink = new(0x17, 0x19, 0x1C);
    private static readonly SKColor Muted = new(0x4B, 0x55, 0x63);
    private static readonly SKColor Rule = new(0xD1, 0xD5, 0xDB);
    private static readonly SKColor HeaderFill = new(0xEE, 0xF2, 0xF6);

    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private readonly SKFont _measureRegular;
    private readonly SKFont _measureBold;
    private float _y;

    public PdfLayout(PaperSize paper, string footer, string? runningHeader = null)
    {
        PageSize = Paper.Points(paper);
        Footer = footer;
        RunningHeader = runningHeader;
        _measureRegular = new SKFont(ReportFonts.Regular, 1);
        _measureBold = new SKFont(ReportFonts.Bold, 1);
        NewPage();
    }

    public SKSize PageSize { get; }

    /// <summary>Left, top, right and bottom margin, in points (about 16 mm).</summary>
    public float Margin { get; } = 46;

    public float ContentWidth => PageSize.Width - 2 * Margin;

    public string Footer { get; }

    /// <summary>A line at the top of every page after the first (who and which period), so a loose page still says whose it is.</summary>
    public string? RunningHeader { get; }

    public int PageCount => _pages.Count;

    private float Top => Margin + (_pages.Count > 1 && RunningHeader is not null ? 16 : 0);

    private float Bottom => PageSize.Height - Margin;

    private List<Action<SKCanvas>> Page => _pages[^1];

    /// <summary>Height left on the current page.</summary>
    public float Remaining => Bottom - _y;

    public void NewPage()
    {
        _pages.Add([]);
        _y = Top;
    }

    public void Space(float points)
    {
        _y += points;
        if (_y > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>A heading; it moves to the next page with the first lines that follow it rather than sit alone at a page's foot.</summary>
    /// <param name="keepWith">Points of what follows that must fit on the same page (a figure's height); at least three lines.</param>
    public void Heading(string text, int level = 1, float keepWith = 0)
    {
        var size = level switch { 0 => 17f, 1 => 13f, _ => 10.5f };
        var before = level switch { 0 => 0f, 1 => 10f, _ => 6f };
        var lines = Wrap(text, bold: true, size, ContentWidth);
        var height = lines.Count * size * LineFactor;
        if (_y > Top)
        {
            _y += before;
        }

        Ensure(height + Math.Max(3 * BodySize * LineFactor, keepWith));
        DrawLines(lines, Margin, size, bold: true, Ink);
        if (level <= 1)
        {
            var y = _y + 1;
            Page.Add(c => Line(c, Margin, y, Margin + ContentWidth, y, level == 0 ? Ink : Rule, level == 0 ? 1.2f : 0.6f));
            _y += 5;
        }
        else
        {
            _y += 2;
        }
    }

    /// <summary>Wrapped text; a paragraph breaks across pages between lines.</summary>
    public void Paragraph(string text, float size = BodySize, bool bold = false, bool muted = false, float indent = 0, string? bullet = null)
    {
        var x = Margin + indent + (bullet is null ? 0 : size * 1.1f);
        var lines = Wrap(text, bold, size, Margin + ContentWidth - x);
        var lineHeight = size * LineFactor;
        for (var i = 0; i < lines.Count; i++)
        {
            Ensure(lineHeight);
            if (i == 0 && bullet is not null)
            {
                var (bx, by) = (Margin + indent, _y + size);
                Page.Add(c => Text(c, bullet, bx, by, size, bold: false, muted ? Muted : Ink));
            }

            var (lx, ly, line) = (x, _y + size, lines[i]);
            Page.Add(c => Text(c, line, lx, ly, size, bold, muted ? Muted : Ink));
            _y += lineHeight;
        }

        _y += size * 0.35f;
    }

    /// <summary>Label and value pairs in two columns, the label in bold.</summary>
    public void KeyValues(IReadOnlyList<(string Key, string Value)> pairs, float keyWidth = 128)
    {
        foreach (var (key, value) in pairs)
        {
            var keyLines = Wrap(key, bold: true, BodySize, keyWidth - 6);
            var valueLines = Wrap(value, bold: false, BodySize, ContentWidth - keyWidth);
            var lineHeight = BodySize * LineFactor;
            Ensure(Math.Max(keyLines.Count, valueLines.Count) * lineHeight);
            var top = _y;
            DrawLinesAt(keyLines, Margin, top, BodySize, bold: true, Ink);
            DrawLinesAt(valueLines, Margin + keyWidth, top, BodySize, bold: false, Ink);
            _y = top + Math.Max(keyLines.Count, valueLines.Count) * lineHeight + 2;
        }

        _y += 3;
    }

    /// <summary>
    /// A table whose cells wrap; a row never splits, and a table that reaches a page's foot continues on the next page
    /// under its header row again. <paramref name="fill"/> may shade a cell (row, column) or return null.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, Func<int, int, SKColor?>? fill = null, float size = SmallSize)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => c.Weight / total * ContentWidth).ToArray();
        const float Pad = 3;
        var lineHeight = size * LineFactor;

        var header = columns.Select((c, i) => Wrap(c.Header, bold: true, size, widths[i] - 2 * Pad)).ToList();
        var headerHeight = header.Max(h => h.Count) * lineHeight + 2 * Pad;

        void DrawHeader()
        {
            var top = _y;
            var x = Margin;
            Page.Add(c => Rect(c, new SKRect(Margin, top, Margin + ContentWidth, top + headerHeight), HeaderFill));
            for (var i = 0; i < columns.Count; i++)
            {
                DrawCell(header[i], x, top, widths[i], Pad, size, bold: true, columns[i].AlignRight);
                x += widths[i];
            }

            _y += headerHeight;
        }

        var wrapped = rows.Select(r => columns.Select((c, i) => Wrap(i < r.Count ? r[i] : string.Empty, bold: false, size, widths[i] - 2 * Pad)).ToList()).ToList();
        Ensure(headerHeight + (wrapped.Count > 0 ? wrapped[0].Max(l => l.Count) * lineHeight + 2 * Pad : 0));
        DrawHeader();
        for (var r = 0; r < wrapped.Count; r++)
        {
            var height = wrapped[r].Max(l => l.Count) * lineHeight + 2 * Pad;
            if (height > Remaining)
            {
                NewPage();
                DrawHeader();
            }

            var top = _y;
            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                if (fill?.Invoke(r, i) is { } shade)
                {
                    var cell = new SKRect(x, top, x + widths[i], top + height);
                    Page.Add(c => Rect(c, cell, shade));
                }

                DrawCell(wrapped[r][i], x, top, widths[i], Pad, size, bold: false, columns[i].AlignRight);
                x += widths[i];
            }

            var bottom = top + height;
            Page.Add(c => Line(c, Margin, bottom, Margin + ContentWidth, bottom, Rule, 0.4f));
            _y = bottom;
        }

        _y += 6;
    }

    /// <summary>A figure of the full content width drawn by <paramref name="draw"/> into the rectangle it is given, with a caption under it.</summary>
    public void Figure(float height, Action<SKCanvas, SKRect> draw, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var captionLines = caption is null ? [] : Wrap(caption, bold: false, SmallSize, ContentWidth);
        Ensure(height + captionLines.Count * SmallSize * LineFactor + 4);
        var rect = new SKRect(Margin, _y, Margin + ContentWidth, _y + height);
        Page.Add(c => draw(c, rect));
        _y += height + 3;
        DrawLines(captionLines, Margin, SmallSize, bold: false, Muted);
        _y += 6;
    }

    /// <summary>A ScottPlot chart drawn as vectors into the page (the same chart code as the web app's SVG).</summary>
    /// <remarks>The plot is laid out in "pixels" of 1/96 in and scaled to points, so fonts and line widths keep the proportions they have on screen.</remarks>
    /// <param name="build">Builds the plot when the page is drawn (drawing is deferred until the page count is known); it is disposed after.</param>
    public void Chart(Func<Plot> build, float height, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        Figure(height, (canvas, rect) =>
        {
            using var plot = build();
            DrawChart(canvas, plot, rect);
        }, caption);
    }

    /// <summary>Draws <paramref name="plot"/> into <paramref name="rect"/> of a canvas, clipped to it.</summary>
    public static void DrawChart(SKCanvas canvas, Plot plot, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(plot);
        const float PixelsPerPoint = 96f / 72f;
        canvas.Save();
        canvas.ClipRect(rect);
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(1 / PixelsPerPoint);
        plot.Render(canvas, (int)Math.Round(rect.Width * PixelsPerPoint), (int)Math.Round(rect.Height * PixelsPerPoint));
        canvas.Restore();
    }

    /// <summary>Writes the pages to <paramref name="output"/> as a PDF with the footer and page numbers.</summary>
    public void Save(Stream output, PdfMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metadata);
        var info = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Creator = "FibroTrack",
            Producer = "FibroTrack (SkiaSharp PDF)",
            Creation = metadata.Created,
            Modified = metadata.Created,
            RasterDpi = 300,
        };
        using var document = SKDocument.CreatePdf(output, info) ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        for (var p = 0; p < _pages.Count; p++)
        {
            DrawPage(document.BeginPage(PageSize.Width, PageSize.Height), p);
            document.EndPage();
        }

        document.Close();
    }

    /// <summary>Draws page <paramref name="index"/> (from 0), with its running header and footer, onto any canvas in points: the PDF's, or a bitmap's for a preview.</summary>
    public void DrawPage(SKCanvas canvas, int index)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (index > 0 && RunningHeader is not null)
        {
            Text(canvas, RunningHeader, Margin, Margin - 4, FooterSize, bold: false, Muted);
            Line(canvas, Margin, Margin + 2, Margin + ContentWidth, Margin + 2, Rule, 0.4f);
        }

        foreach (var draw in _pages[index])
        {
            draw(canvas);
        }

        var footerY = PageSize.Height - Margin + 18;
        Line(canvas, Margin, footerY - 10, Margin + ContentWidth, footerY - 10, Rule, 0.4f);
        Text(canvas, Footer, Margin, footerY, FooterSize, bold: false, Muted);
        using var font = new SKFont(ReportFonts.Regular, FooterSize);
        using var paint = new SKPaint { Color = Muted, IsAntialias = true };
        canvas.DrawText($"page {index + 1} of {_pages.Count}", Margin + ContentWidth, footerY, SKTextAlign.Right, font, paint);
    }

    public void Dispose()
    {
        _measureRegular.Dispose();
        _measureBold.Dispose();
    }

    /// <summary>Width of <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public float Measure(string text, float size, bool bold = false) => (bold ? _measureBold : _measureRegular).MeasureText(text) * size;

    /// <summary>Greedy line breaking on spaces (and on explicit newlines); a word wider than the line is split by characters.</summary>
    public List<string> Wrap(string text, bool bold, float size, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, size, bold) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (Measure(line, size, bold) > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && Measure(line[..fit], size, bold) > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void Ensure(float height)
    {
        if (height > Remaining && _y > Top)
        {
            NewPage();
        }
    }

    private void DrawLines(List<string> lines, float x, float size, bool bold, SKColor color)
    {
        foreach (var line in lines)
        {
            Ensure(size * LineFactor);
            var (lx, ly, text) = (x, _y + size, line);
            Page.Add(c => Text(c, text, lx, ly, size, bold, color));
            _y += size * LineFactor;
        }
    }

    private void DrawLinesAt(List<string> lines, float x, float top, float size, bool bold, SKColor color)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var (ly, text) = (top + size + i * size * LineFactor, lines[i]);
            Page.Add(c => Text(c, text, x, ly, size, bold, color));
        }
    }

    private void DrawCell(List<string> lines, float x, float top, float width, float pad, float size, bool bold, bool alignRight)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            if (text.Length == 0)
            {
                continue;
            }

            var ly = top + pad + size + i * size * LineFactor;
            var lx = alignRight ? x + width - pad - Measure(text, size, bold) : x + pad;
            Page.Add(c => Text(c, text, lx, ly, size, bold, Ink));
        }
    }

    private static void Text(SKCanvas canvas, string text, float x, float baseline, float size, bool bold, SKColor color)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var font = new SKFont(bold ? ReportFonts.Bold : ReportFonts.Regular, size) { Subpixel = true };
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }

    private static void Line(SKCanvas canvas, float x1, float y1, float x2, float y2, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsStroke = true, IsAntialias = true };
        canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    private static void Rect(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsStroke = false };
        canvas.DrawRect(rect, paint);
    }
}
