using FibroTrack.Core.RedFlags;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Labs;

namespace FibroTrack.Features.RedFlags;

/// <summary>Runs the core's red-flag rules over the signed-in person's labs, diary and profile.</summary>
public sealed class RedFlagService(LabService labs, DiaryService diary, TimeProvider clock)
{
    /// <summary>The longest look-back any rule uses (inflammation markers: 12 months).</summary>
    private const int LookBackDays = 400;

    private static readonly string[] SignCodes = [.. RedFlagSigns.All.Select(s => s.Code)];

    public async Task<IReadOnlyList<RedFlagFinding>> EvaluateAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var person = await labs.PersonAsync(ct);
        var results = (await labs.ListAsync(person, ct)).Select(l => l.Result);
        // The rules read only the diary's sign.* items: fetch those, not a year of every variable.
        var stream = (await diary.SignsAsync(today.AddDays(-LookBackDays), today, ct)).Where(o => SignCodes.Contains(o.Code)).ToList();
        return RedFlagEngine.Evaluate(RedFlagContext.Create(person, results, stream, today));
    }
}
