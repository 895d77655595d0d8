namespace FibroTrack.Core.RedFlags;

/// <summary>A rule that fired, with the dated evidence it rests on.</summary>
public sealed record RedFlagFinding(string RuleId, string Title, string Explanation, string Source, IReadOnlyList<RedFlagEvidence> Evidence);
