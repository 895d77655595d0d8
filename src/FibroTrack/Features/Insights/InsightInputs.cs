using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Features.Insights;

/// <summary>What the engine reads for one person, and the digest that says whether stored insights are still current.</summary>
/// <param name="Matrix">The diary from the first to the last recorded day, with FIQR totals added; null when the diary is empty.</param>
public sealed record InsightInputs(
    DailyMatrix? Matrix,
    IReadOnlyList<RegimenChange> Changes,
    IReadOnlyList<InfectionWindow> Infections,
    string Fingerprint);

/// <summary>The diary's first and last day, its number of days and its latest edit.</summary>
public sealed record DiaryRange(DateOnly First, DateOnly Last, int Count, DateTime Updated);
