using FibroTrack.Core.Regimen;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Statistics.Tests.Insights;

public sealed class RegimenChangesTest
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    [Fact]
    public void From_StartDoseStepsAndStop_OneChangeEachInDateOrder()
    {
        var doses = new[]
        {
            new DoseSpec(Start.AddDays(28), 3, "mg", "daily"),
            new DoseSpec(Start, 1.5, "mg", "daily"),
            new DoseSpec(Start.AddDays(56), 2, "mg", "daily"),
        };

        var changes = RegimenChanges.From("med.ldn", "low-dose naltrexone", Start, Start.AddDays(99), doses);

        Assert.Equal(
            [RegimenChangeKind.Start, RegimenChangeKind.DoseChange, RegimenChangeKind.DoseChange, RegimenChangeKind.Stop],
            changes.Select(c => c.Kind));
        Assert.Equal("raising low-dose naltrexone to 3 mg", changes[1].Description);
        Assert.Equal("lowering low-dose naltrexone to 2 mg", changes[2].Description);
        Assert.Equal(Start.AddDays(100), changes[3].Date);
        Assert.Equal("stopping low-dose naltrexone", changes[3].Description);
    }

    [Fact]
    public void From_DoseRecordedAfterTheStop_IsNotAChange()
    {
        var doses = new[] { new DoseSpec(Start, 30, "mg", "daily"), new DoseSpec(Start.AddDays(40), 60, "mg", "daily") };

        var changes = RegimenChanges.From("med.duloxetine", "duloxetine", Start, Start.AddDays(20), doses);

        Assert.Equal([RegimenChangeKind.Start, RegimenChangeKind.Stop], changes.Select(c => c.Kind));
    }

    [Fact]
    public void From_UnitChange_IsWordedAsAChange()
    {
        var doses = new[] { new DoseSpec(Start, 1, "tablet", "daily"), new DoseSpec(Start.AddDays(10), 400, "mg", "daily") };

        var changes = RegimenChanges.From("med.magnesium", "magnesium", Start, null, doses);

        Assert.Equal("changing magnesium to 400 mg", changes[1].Description);
    }
}
