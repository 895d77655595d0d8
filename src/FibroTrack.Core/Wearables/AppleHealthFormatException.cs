namespace FibroTrack.Core.Wearables;

/// <summary>The file is not a readable Apple Health export; the message names the line and position.</summary>
public sealed class AppleHealthFormatException : Exception
{
    public AppleHealthFormatException()
    {
    }

    public AppleHealthFormatException(string message)
        : base(message)
    {
    }

    public AppleHealthFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line of the problem, 0 when unknown.</summary>
    public int Line { get; init; }
}
