namespace FibroTrack.Core.RedFlags;

/// <summary>One yes/no diary sign the red-flag rules read.</summary>
/// <param name="Code">The observation code (stable: stored and exported).</param>
/// <param name="Label">What the diary shows.</param>
/// <param name="Help">One short sentence under the control.</param>
public sealed record RedFlagSign(string Code, string Label, string Help);

/// <summary>
/// The diary signs behind the red-flag rules, recorded as yes/no diary variables (1 = yes). The
/// vocabulary is built from <see cref="All"/>.
/// </summary>
public static class RedFlagSigns
{
    public const string JointSwelling = "sign.joint-swelling";
    public const string MorningStiffnessOver1h = "sign.morning-stiffness-over-1h";
    public const string Rash = "sign.rash";
    public const string Fever = "sign.fever";
    public const string WeightLoss = "sign.weight-loss";
    public const string MuscleWeakness = "sign.muscle-weakness";

    public static readonly IReadOnlyList<RedFlagSign> All =
    [
        new(JointSwelling, "Swollen joints", "A joint that looks swollen, not only feels it."),
        new(MorningStiffnessOver1h, "Morning stiffness over an hour", "Stiff on waking for more than an hour before loosening up."),
        new(Rash, "Rash", "Any new rash; a photo helps your clinician."),
        new(Fever, "Fever", "A measured temperature of 38 °C (100.4 °F) or more."),
        new(WeightLoss, "Unintended weight loss", "Losing weight without trying."),
        new(MuscleWeakness, "Muscle weakness (not just pain)", "Muscles that cannot do a task, such as rising from a chair, rather than hurting."),
    ];

    public static RedFlagSign? Find(string code) => All.FirstOrDefault(s => s.Code == code);
}
