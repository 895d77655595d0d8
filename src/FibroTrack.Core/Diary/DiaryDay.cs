using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

/// <summary>
/// One validated diary day. Built only by <see cref="DiaryValidator"/> or read back from stored
/// observations, so its contents always fit the vocabulary.
/// </summary>
public sealed record DiaryDay
{
    public required DateOnly Date { get; init; }

    /// <summary>Recorded variables by code. A variable that was not touched is absent, never zero.</summary>
    public required IReadOnlyDictionary<string, RecordedValue> Values { get; init; }

    /// <summary>Painful WPI areas; <c>null</c> when the body map was not filled in, empty when no area hurt.</summary>
    public IReadOnlyList<string>? PainAreas { get; init; }

    public IReadOnlyList<ActivitySession> Activities { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>The day as coded observations, in a stable order: the form in which it is stored and analysed.</summary>
    public IReadOnlyList<Observation> ToObservations()
    {
        var list = new List<Observation>(Values.Count + 19 + Activities.Count + Tags.Count + 1);
        foreach (var (code, value) in Values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            list.Add(new Observation(Date, code, value.Number, value.Option));
        }

        if (PainAreas is not null)
        {
            // A filled-in body map stores all 19 areas, so "not painful" is recorded rather than implied.
            foreach (var area in BodyAreas.All)
            {
                list.Add(new Observation(Date, area.Code, PainAreas.Contains(area.Code) ? 1 : 0, null));
            }
        }

        for (var i = 0; i < Activities.Count; i++)
        {
            var a = Activities[i];
            list.Add(new Observation(Date, a.Type.Code, a.Minutes, a.Intensity.ToCode(), i));
        }

        for (var i = 0; i < Tags.Count; i++)
        {
            list.Add(new Observation(Date, DiaryCodes.Tag, null, Tags[i], i));
        }

        if (!string.IsNullOrEmpty(Notes))
        {
            list.Add(new Observation(Date, DiaryCodes.Note, null, Notes));
        }

        return list;
    }

    /// <summary>
    /// Rebuilds a day from its stored observations. Observations of codes the vocabulary no longer
    /// knows (an archived custom variable) are kept as values so nothing is silently dropped.
    /// </summary>
    public static DiaryDay FromObservations(DateOnly date, IEnumerable<Observation> observations)
    {
        var values = new Dictionary<string, RecordedValue>(StringComparer.Ordinal);
        List<string>? areas = null;
        var activities = new List<(int Ordinal, ActivitySession Session)>();
        var tags = new List<(int Ordinal, string Tag)>();
        string? notes = null;

        foreach (var o in observations)
        {
            if (BodyAreas.IsArea(o.Code))
            {
                areas ??= [];
                if (o.Value == 1)
                {
                    areas.Add(o.Code);
                }
            }
            else if (ActivityTypes.Find(o.Code) is { } type)
            {
                _ = IntensityExtensions.TryParse(o.Text, out var intensity);
                activities.Add((o.Ordinal, new ActivitySession(type, (int)(o.Value ?? 0), intensity)));
            }
            else if (o.Code == DiaryCodes.Tag)
            {
                tags.Add((o.Ordinal, o.Text ?? string.Empty));
            }
            else if (o.Code == DiaryCodes.Note)
            {
                notes = o.Text;
            }
            else
            {
                values[o.Code] = new RecordedValue(o.Value, o.Text);
            }
        }

        return new DiaryDay
        {
            Date = date,
            Values = values,
            PainAreas = areas is null ? null : [.. BodyAreas.All.Select(a => a.Code).Where(areas.Contains)],
            Activities = [.. activities.OrderBy(a => a.Ordinal).Select(a => a.Session)],
            Tags = [.. tags.OrderBy(t => t.Ordinal).Select(t => t.Tag)],
            Notes = notes,
        };
    }
}
