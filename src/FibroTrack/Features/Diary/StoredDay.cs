using FibroTrack.Core.Diary;

namespace FibroTrack.Features.Diary;

/// <summary>A diary day as stored, with when it last changed.</summary>
public sealed record StoredDay(DiaryDay Day, DateTime UpdatedAt);
