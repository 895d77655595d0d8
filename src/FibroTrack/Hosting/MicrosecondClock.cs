namespace FibroTrack.Hosting;

/// <summary>
/// The system clock in whole microseconds: PostgreSQL stores timestamps to the microsecond, so a time the app has
/// just written (and echoes back, as a saved day's <c>updatedAt</c>) is exactly the time read later, on either database.
/// </summary>
public sealed class MicrosecondClock : TimeProvider
{
    public static readonly MicrosecondClock Instance = new();

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
