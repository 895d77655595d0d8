using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Demo;

/// <summary>What <see cref="DemoDiaryGenerator.Generate"/> produces: a demo person's diary, regimen and the truth behind them.</summary>
/// <param name="Days">The recorded diary days in date order; days the person skipped are absent
/// (<see cref="DemoTruth.MissingDates"/>). Every day passes <see cref="DiaryValidator"/> against
/// <see cref="CreateVocabulary"/>.</param>
/// <param name="Regimen">The regimen items, whose "taken" values the days record under <c>med.{key}</c>.</param>
/// <param name="Truth">How the data were generated, for statistical tests and demos.</param>
public sealed record DemoDataSet(IReadOnlyList<DiaryDay> Days, IReadOnlyList<DemoRegimenItem> Regimen, DemoTruth Truth)
{
    /// <summary>The person's vocabulary: the built-ins plus one "taken" variable per regimen item.</summary>
    public VariableVocabulary CreateVocabulary() => VariableVocabulary.WithPersonal(Regimen.Select(r => r.Variable));

    /// <summary>All days as one observation stream, in date order.</summary>
    public IEnumerable<Observation> ToObservations() => Days.SelectMany(d => d.ToObservations());
}
