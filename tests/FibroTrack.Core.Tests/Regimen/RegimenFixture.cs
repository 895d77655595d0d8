using FibroTrack.Core.Regimen;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Regimen;

internal static class RegimenFixture
{
    /// <summary>12:00 UTC, so the latest date accepted (today in UTC+14) is 2025-03-11.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2025, 3, 10);

    public static readonly DateOnly LatestAccepted = new(2025, 3, 11);

    public static readonly IReadOnlySet<string> NoItems = new HashSet<string>(StringComparer.Ordinal);

    public static RegimenValidator Validator() => new(new FakeTimeProvider(Now));

    public static RegimenItemInput Custom(string? name = "Omega-3 fish oil", double? dose = 1000, string? unit = "mg") =>
        new(BuiltIn: null, Name: name, Kind: null, Dose: dose, Unit: unit, Schedule: null, StartDate: Today.AddDays(-7), StopDate: null, Notes: null);

    public static RegimenItemInput BuiltIn(string key, double? dose = 4.5) =>
        new(BuiltIn: key, Name: null, Kind: null, Dose: dose, Unit: null, Schedule: null, StartDate: Today.AddDays(-7), StopDate: null, Notes: null);

    public static T Valid<T>(FibroTrack.Core.Validation.ValidationResult<T> result)
        where T : class
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value!;
    }
}
