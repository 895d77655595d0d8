using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.Validation;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>A pinned clock and short-hands for lab input.</summary>
internal static class LabFixture
{
    /// <summary>12:00 UTC: in UTC+14 it is already 2025-03-11, the latest specimen date accepted.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2025, 3, 10);

    public static readonly DateOnly LatestAccepted = new(2025, 3, 11);

    public static FakeTimeProvider Clock => new(Now);

    public static LabResultInput Input(
        string? analyte = "CRP",
        double? value = 4,
        string? unit = "mg/L",
        string? titer = null,
        bool? positive = null,
        string? pattern = null,
        double? low = null,
        double? high = null,
        DateOnly? date = null,
        string? source = null,
        string? notes = null,
        bool noDate = false) =>
        new()
        {
            Analyte = analyte,
            Value = value,
            Unit = unit,
            Titer = titer,
            Positive = positive,
            Pattern = pattern,
            RangeLow = low,
            RangeHigh = high,
            SpecimenDate = noDate ? null : date ?? Today,
            Source = source,
            Notes = notes,
        };

    public static ValidationResult<LabResult> Validate(LabResultInput input) => LabValidator.Validate(input, Clock);

    public static LabResult Valid(LabResultInput input)
    {
        var result = Validate(input);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    public static ValidationError SingleError(LabResultInput input)
    {
        var result = Validate(input);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return Assert.Single(result.Errors);
    }

    /// <summary>A quantity result.</summary>
    public static LabResult Quantity(string analyte, double value, string unit, double? low = null, double? high = null, DateOnly? date = null) =>
        Valid(Input(analyte, value, unit, low: low, high: high, date: date));

    /// <summary>A positive/negative result, optionally with a titer.</summary>
    public static LabResult Presence(string analyte, bool? positive, string? titer = null, DateOnly? date = null) =>
        Valid(Input(analyte, value: null, unit: null, titer: titer, positive: positive, date: date));

    public static PersonFacts Person(Sex sex, int age) => new(sex, Today.AddYears(-age));

    public static void AssertRelative(double expected, double actual, double tolerance = 1e-12) =>
        Assert.True(
            expected == 0 ? actual == 0 : Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"Expected {expected:R}, got {actual:R} (relative tolerance {tolerance}).");
}
