using System.Globalization;
using FibroTrack.Core.Regimen;

namespace FibroTrack.Statistics.Insights;

/// <summary>Turns a regimen item's history (start, dose steps, stop) into the changes the treatment analysis judges.</summary>
public static class RegimenChanges
{
    /// <param name="code">The item's variable code.</param>
    /// <param name="name">The item's name as the person wrote it ("low-dose naltrexone").</param>
    /// <param name="startDate">First day taken.</param>
    /// <param name="stopDate">Last day taken, or null while ongoing; the stop is judged from the day after.</param>
    /// <param name="doses">Dose history, any order; the earliest is the starting dose.</param>
    public static IReadOnlyList<RegimenChange> From(string code, string name, DateOnly startDate, DateOnly? stopDate, IReadOnlyList<DoseSpec> doses)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(doses);
        var changes = new List<RegimenChange> { new(startDate, code, name, RegimenChangeKind.Start, $"starting {name}") };
        var ordered = doses.OrderBy(d => d.EffectiveFrom).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var (previous, current) = (ordered[i - 1], ordered[i]);
            if (current.EffectiveFrom <= startDate || (stopDate is { } stop && current.EffectiveFrom > stop))
            {
                continue;
            }

            var verb = !string.Equals(previous.Unit, current.Unit, StringComparison.Ordinal) || previous.Dose == current.Dose ? "changing"
                : current.Dose > previous.Dose ? "raising"
                : "lowering";
            var dose = string.Create(CultureInfo.InvariantCulture, $"{current.Dose:0.###} {current.Unit}");
            changes.Add(new RegimenChange(current.EffectiveFrom, code, name, RegimenChangeKind.DoseChange, $"{verb} {name} to {dose}"));
        }

        if (stopDate is { } last)
        {
            changes.Add(new RegimenChange(last.AddDays(1), code, name, RegimenChangeKind.Stop, $"stopping {name}"));
        }

        return changes;
    }
}
