namespace FibroTrack.Core.RedFlags;

/// <summary>Runs red-flag rules over a person's labs and diary.</summary>
public static class RedFlagEngine
{
    /// <summary>The findings of <paramref name="rules"/> (default <see cref="RedFlagRules.All"/>), in rule order.</summary>
    public static IReadOnlyList<RedFlagFinding> Evaluate(RedFlagContext context, IEnumerable<RedFlagRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<RedFlagFinding>();
        foreach (var rule in rules ?? RedFlagRules.All)
        {
            var evidence = rule.Evaluate(context);
            if (evidence.Count > 0)
            {
                findings.Add(new(rule.Id, rule.Title, rule.Explanation, rule.Source, evidence));
            }
        }

        return findings;
    }
}
