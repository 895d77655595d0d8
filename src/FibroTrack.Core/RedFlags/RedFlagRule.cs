namespace FibroTrack.Core.RedFlags;

/// <summary>
/// One red-flag rule: a finding not typical of widespread pain alone, explained in plain language.
/// The explanation never names a diagnosis and always ends with <see cref="ClosingSentence"/>.
/// </summary>
public sealed class RedFlagRule
{
    public const string ClosingSentence = "Discuss this with your clinician.";

    private readonly Func<RedFlagContext, IReadOnlyList<RedFlagEvidence>> evaluate;

    /// <param name="evaluate">Returns the evidence when the rule fires, and nothing when it does not.</param>
    public RedFlagRule(string id, string title, string explanation, string source, Func<RedFlagContext, IReadOnlyList<RedFlagEvidence>> evaluate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(evaluate);
        if (!explanation.EndsWith(ClosingSentence, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A red-flag explanation ends with \"{ClosingSentence}\"", nameof(explanation));
        }

        Id = id;
        Title = title;
        Explanation = explanation;
        Source = source;
        this.evaluate = evaluate;
    }

    /// <summary>Stable identifier, e.g. <c>ana-high-titer</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    public string Explanation { get; }

    /// <summary>Where the rule comes from.</summary>
    public string Source { get; }

    /// <summary>The evidence when the rule fires; empty when it does not.</summary>
    public IReadOnlyList<RedFlagEvidence> Evaluate(RedFlagContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return evaluate(context);
    }
}
