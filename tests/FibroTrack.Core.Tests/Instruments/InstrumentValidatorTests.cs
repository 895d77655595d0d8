using FibroTrack.Core.Instruments;
using FibroTrack.Core.Tests.Diary;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>Answers are checked against the instrument; errors name <c>answers[code]</c>.</summary>
public sealed class InstrumentValidatorTests
{
    private static Dictionary<string, double?> One(string code, double? value) =>
        new(StringComparer.Ordinal) { [code] = value };

    [Theory]
    [InlineData("phq9.10")]
    [InlineData("phq9.0")]
    [InlineData("PHQ9.1")]
    [InlineData("gad7.1")]
    [InlineData("")]
    public void Validate_UnknownCode_RefusedNamingField(string code)
    {
        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(Phq9.Definition, One(code, 1)));

        Assert.Equal($"answers[{code}]", error.Field);
        Assert.Contains("Unknown item", error.Message, StringComparison.Ordinal);
        Assert.Contains("phq9.9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownCodeWithNullValue_StillRefused()
    {
        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(Gad7.Definition, One("gad7.8", null)));

        Assert.Equal("answers[gad7.8]", error.Field);
    }

    [Fact]
    public void Validate_WpiAreaOnFiqr_Unknown()
    {
        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(Fiqr.Definition, One("wpi.neck", 1)));

        Assert.Equal("answers[wpi.neck]", error.Field);
    }

    [Theory]
    [InlineData("phq9.1", -1.0)]
    [InlineData("phq9.9", 4.0)]
    [InlineData("gad7.7", 4.0)]
    [InlineData("fiqr.f1", 11.0)]
    [InlineData("fiqr.s10", -1.0)]
    [InlineData("peg.2", 11.0)]
    [InlineData("acr2016.fatigue", 4.0)]
    [InlineData("acr2016.headache", 2.0)]
    [InlineData("acr2016.duration-3-months", 2.0)]
    [InlineData("wpi.neck", 2.0)]
    public void Validate_OutOfRange_RefusedNamingFieldAndRange(string code, double value)
    {
        var instrument = InstrumentCatalog.Find(code.StartsWith("wpi.", StringComparison.Ordinal) ? "acr2016" : code[..code.IndexOf('.', StringComparison.Ordinal)])!;
        var item = instrument.FindItem(code)!;

        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(instrument, One(code, value)));

        Assert.Equal($"answers[{code}]", error.Field);
        Assert.Contains($"from {item.Min} to {item.Max}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Validate_NotAWholeNumber_RefusedNamingField(double value)
    {
        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(Phq9.Definition, One("phq9.3", value)));

        Assert.Equal("answers[phq9.3]", error.Field);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonWholeNumber_MessageShowsValueInvariantCulture()
    {
        var error = DiaryFixture.SingleError(InstrumentValidator.Validate(Fiqr.Definition, One("fiqr.s1", 7.5)));

        Assert.Contains("(got 7.5)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phq9.1", 0.0)]
    [InlineData("phq9.1", 3.0)]
    [InlineData("fiqr.f9", 10.0)]
    [InlineData("wpi.jaw-left", 1.0)]
    [InlineData("acr2016.cognitive", 3.0)]
    public void Validate_AtBounds_Accepted(string code, double value)
    {
        var instrument = InstrumentCatalog.All.Single(i => i.FindItem(code) is not null);

        var response = InstrumentFixture.Valid(InstrumentValidator.Validate(instrument, One(code, value)));

        Assert.Equal((int)value, response.Answer(code));
    }

    [Fact]
    public void Validate_NullValue_AcceptedAsMissing()
    {
        var response = InstrumentFixture.Valid(InstrumentValidator.Validate(Phq9.Definition, One("phq9.1", null)));

        Assert.Null(response.Answer("phq9.1"));
        Assert.Empty(response.Answers);
    }

    [Fact]
    public void Validate_NoAnswers_ValidAndEmpty()
    {
        var response = InstrumentFixture.Valid(InstrumentValidator.Validate(Fiqr.Definition, new Dictionary<string, double?>()));

        Assert.Empty(response.Answers);
        Assert.Same(Fiqr.Definition, response.Instrument);
        Assert.Equal(9, response.MissingIn(Fiqr.Function).Count);
    }

    [Fact]
    public void Validate_SeveralProblems_AllReportedAtOnce()
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["gad7.1"] = 9,
            ["gad7.2"] = 1.5,
            ["gad7.3"] = 2,
            ["gad7.x"] = 1,
        };

        var result = InstrumentValidator.Validate(Gad7.Definition, answers);

        Assert.False(result.IsValid);
        Assert.Equal(["answers[gad7.1]", "answers[gad7.2]", "answers[gad7.x]"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ErrorsByField_ProblemDetailsShape()
    {
        var result = InstrumentValidator.Validate(Peg.Definition, One("peg.1", 12));

        Assert.Equal(["answers[peg.1]"], result.ErrorsByField().Keys);
    }

    [Fact]
    public void MissingIn_SomeAnswered_MissingCodesInFormOrder()
    {
        var response = InstrumentFixture.Valid(InstrumentValidator.Validate(Fiqr.Definition, InstrumentFixture.Numbered("fiqr.o", 1)));

        Assert.Equal(["fiqr.o2"], response.MissingIn(Fiqr.Overall));
    }

    [Fact]
    public void Score_UnknownInstrument_Throws()
    {
        var custom = Peg.Definition with { Id = "custom" };
        var response = InstrumentFixture.Valid(InstrumentValidator.Validate(custom, InstrumentFixture.Numbered("peg.", 1, 2, 3)));

        Assert.Throws<ArgumentException>(() => InstrumentScorer.Score(response));
    }
}
