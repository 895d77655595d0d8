using FibroTrack.Core.Diary;
using FibroTrack.Core.RedFlags;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Diary;
using FibroTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Storage;

/// <summary><see cref="DiaryService.SignsAsync"/>: the red-flag signs, read through their own partial index.</summary>
public sealed class SignsTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EverySign_IsCoveredByThePartialIndex()
    {
        var prefix = ObservationRow.SignCodePattern.TrimEnd('%');
        Assert.All(RedFlagSigns.All, sign => Assert.StartsWith(prefix, sign.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signs_OnlySignRowsInTheRange_InDateOrder()
    {
        var email = $"signs-{Guid.NewGuid():N}@example.test";
        await Accounts.SignUpAsync(factory, email);
        await using var scope = await Accounts.ScopeActingAsAsync(factory, email);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var (before, first, second, after) = (new DateOnly(2026, 1, 9), new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13));
        await db.WriteDiaryDayAsync(second, DateTime.UtcNow, [new(second, "symptom.pain", 8, null), new(second, RedFlagSigns.Rash, 1, null)], Ct);
        await db.WriteDiaryDayAsync(first, DateTime.UtcNow, [new(first, RedFlagSigns.Fever, 1, null), new(first, "symptom.pain", 5, null), new(first, RedFlagSigns.WeightLoss, 0, null)], Ct);
        await db.WriteDiaryDayAsync(before, DateTime.UtcNow, [new(before, RedFlagSigns.Fever, 1, null)], Ct);
        await db.WriteDiaryDayAsync(after, DateTime.UtcNow, [new(after, RedFlagSigns.Fever, 1, null)], Ct);

        var signs = await scope.ServiceProvider.GetRequiredService<DiaryService>().SignsAsync(first, second, Ct);

        Assert.Equal<Observation>(
            [new(first, RedFlagSigns.Fever, 1, null), new(first, RedFlagSigns.WeightLoss, 0, null), new(second, RedFlagSigns.Rash, 1, null)],
            signs);
    }
}
