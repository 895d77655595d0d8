using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class RecordedValueTests
{
    private static VariableDefinition Variable(string code) => VariableVocabulary.BuiltIn.Find(code)!;

    [Fact]
    public void Format_TimeOfDay_AsHoursAndMinutes()
    {
        Assert.Equal("23:30", RecordedValue.Of(1410).Format(Variable(BuiltInVariables.Bedtime)));
    }

    [Fact]
    public void Format_MidnightTimeOfDay_AsZeroZero()
    {
        Assert.Equal("00:00", RecordedValue.Of(0).Format(Variable(BuiltInVariables.Bedtime)));
    }

    [Theory]
    [InlineData(1.0, "true")]
    [InlineData(0.0, "false")]
    public void Format_YesNo_AsTrueOrFalse(double number, string expected)
    {
        Assert.Equal(expected, RecordedValue.Of(number).Format(Variable(BuiltInVariables.Flare)));
    }

    [Fact]
    public void Format_Category_AsOptionCode()
    {
        Assert.Equal("lyme", RecordedValue.OfOption("lyme").Format(Variable(BuiltInVariables.InfectionType)));
    }

    [Fact]
    public void Format_Quantity_InvariantDecimalPoint()
    {
        Assert.Equal("6.5", RecordedValue.Of(6.5).Format(Variable(BuiltInVariables.SleepHours)));
    }
}
