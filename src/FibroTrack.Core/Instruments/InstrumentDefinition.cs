namespace FibroTrack.Core.Instruments;

/// <summary>
/// A scored questionnaire: its items, where it comes from, under which terms it may be used and
/// how its total is banded. Item wording is the project's own short labels, never the published
/// questionnaire text.
/// </summary>
public sealed record InstrumentDefinition
{
    /// <summary>Stable id (<c>acr2016</c>, <c>fiqr</c>, <c>phq9</c>, <c>gad7</c>, <c>peg</c>): stored and used by the API.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string ShortDescription { get; init; }

    /// <summary>The period the answers are about, e.g. "the last 7 days"; a section may narrow it.</summary>
    public required string RecallPeriod { get; init; }

    /// <summary>Full reference of the validation paper.</summary>
    public required string Citation { get; init; }

    /// <summary>Terms of use and the attribution to show.</summary>
    public required string Licence { get; init; }

    /// <summary>LOINC code of the total, only where CLINICAL.md lists one ("Codes").</summary>
    public string? Loinc { get; init; }

    /// <summary>What <see cref="InstrumentScore.Total"/> is called on screen, e.g. "FIQR total".</summary>
    public required string TotalLabel { get; init; }

    public double TotalMin { get; init; }

    public required double TotalMax { get; init; }

    /// <summary>Groups of items in the order of the form.</summary>
    public required IReadOnlyList<InstrumentSection> Sections { get; init; }

    /// <summary>Every item, in the order of the form; each names its <see cref="InstrumentItem.Section"/>.</summary>
    public required IReadOnlyList<InstrumentItem> Items { get; init; }

    /// <summary>Published severity bands of the total; the first is the one <see cref="InstrumentScore.Band"/> uses.</summary>
    public IReadOnlyList<BandScheme> BandSchemes { get; init; } = [];

    public InstrumentItem? FindItem(string code) =>
        Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    public IEnumerable<InstrumentItem> ItemsIn(string sectionId) =>
        Items.Where(i => string.Equals(i.Section, sectionId, StringComparison.Ordinal));
}

/// <summary>A group of items shown together on a form (a FIQR domain, the ACR body map, …).</summary>
/// <param name="Id">Stable id within the instrument, e.g. <c>function</c>.</param>
/// <param name="Title">Heading on the form.</param>
/// <param name="RecallPeriod">Overrides the instrument's recall period for this section, when it differs.</param>
public sealed record InstrumentSection(string Id, string Title, string? RecallPeriod = null);

/// <summary>One question, answered with a whole number from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record InstrumentItem
{
    /// <summary>Stable code, e.g. <c>fiqr.f1</c>, <c>phq9.9</c>, <c>wpi.neck</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A short label in the project's own words (never the copyrighted question text).</summary>
    public required string Text { get; init; }

    /// <summary>Id of the <see cref="InstrumentSection"/> the item belongs to.</summary>
    public required string Section { get; init; }

    public int Min { get; init; }

    public required int Max { get; init; }

    /// <summary>What the lowest value means on a numeric scale, e.g. "No difficulty".</summary>
    public string? AnchorLow { get; init; }

    /// <summary>What the highest value means on a numeric scale, e.g. "Very difficult".</summary>
    public string? AnchorHigh { get; init; }

    /// <summary>A label for every value, for short scales (0–3, no/yes); empty for 0–10 scales.</summary>
    public IReadOnlyList<ResponseOption> Options { get; init; } = [];
}

/// <summary>One labelled answer of a short scale.</summary>
public sealed record ResponseOption(int Value, string Label);
