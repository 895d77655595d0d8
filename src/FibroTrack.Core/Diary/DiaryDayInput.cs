using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Diary;

/// <summary>A diary day as received from the API or the web form, not yet checked.</summary>
public sealed record DiaryDayInput
{
    public required DateOnly Date { get; init; }

    public IReadOnlyDictionary<string, InputValue> Values { get; init; } = new Dictionary<string, InputValue>();

    /// <summary><c>null</c>: the body map was not filled in. Empty: filled in, nothing hurt.</summary>
    public IReadOnlyList<string>? PainAreas { get; init; }

    public IReadOnlyList<ActivityInput> Activities { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }
}

/// <summary>An activity session as received.</summary>
public sealed record ActivityInput(string? Type, InputValue Minutes, string? Intensity);
