namespace FibroTrack.Features.Research;

/// <summary>The words shown wherever research consent or results appear, kept in one place so page and API agree.</summary>
public static class ResearchText
{
    public const string ConsentSummary =
        "true: take part in research (researchers see only totals over at least 10 people; administrators may export de-identified records). " +
        "false: withdraw; your data leaves every result from that moment on.";

    public static readonly IReadOnlyList<string> WhatIsShared =
    [
        "Researchers on this server see only summaries over groups of at least 10 people: how many take part, the spread of ACR 2016 (WPI, SSS) and FIQR scores, how inflammation markers (CRP, IL-6) go with pain, and whether people whose symptoms began after an infection differ from others. A group smaller than 10 is never shown.",
        "The server's administrators can export a de-identified research file: a random code instead of your name or email, your age as a 10-year band, every date moved by the same random number of days (up to about six months), and no free text (no notes, tags, names of your own variables or onset notes).",
        "You can withdraw at any time here. From that moment your data leaves every result; files exported before then cannot be called back.",
    ];

    public const string FewerThanTen = "fewer than 10";

    public const string AssociationCaveat =
        "Associations in observational data, not causes: a marker that goes with pain may share a cause with it, follow it, or reflect who had a test.";
}
