using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class SmokeTest
{
    [Fact]
    public void BuiltIn_HasNineteenBodyAreas() => Assert.Equal(19, BodyAreas.All.Count);
}
