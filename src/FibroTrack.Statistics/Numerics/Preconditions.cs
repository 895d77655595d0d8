using System.Runtime.CompilerServices;

namespace FibroTrack.Statistics.Numerics;

/// <summary>
/// Argument checks shared by the statistics code, in the spirit of NodaTime's <c>Preconditions</c>:
/// one place that words the message, so callers state the rule in one line.
/// </summary>
/// <remarks>
/// Implementation note: an interpolated message goes through <see cref="FailureMessageHandler"/>, which formats
/// nothing unless the check fails (the pattern of <c>Debug.Assert</c>'s handler), so a check inside a loop over a
/// design matrix costs no allocation.
/// </remarks>
internal static class Preconditions
{
    public static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    public static void CheckArgument(
        bool expression,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessageHandler message)
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    public static void CheckArgumentRange(double value, string paramName, double minInclusive, double maxInclusive)
    {
        if (!(value >= minInclusive && value <= maxInclusive))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{minInclusive}, {maxInclusive}].");
        }
    }

    public static void CheckArgumentRange(int value, string paramName, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{minInclusive}, {maxInclusive}].");
        }
    }

    public static void CheckPositive(double value, string paramName)
    {
        if (!(value > 0) || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value should be positive.");
        }
    }

    public static void CheckFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value should be a finite number.");
        }
    }
}

/// <summary>Builds a precondition's message only when the condition is false.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessageHandler
{
    private DefaultInterpolatedStringHandler _builder;

    public FailureMessageHandler(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
    {
        shouldAppend = !expression;
        _builder = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _builder.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _builder.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _builder.AppendFormatted(value, format);

    public string ToStringAndClear() => _builder.ToStringAndClear();
}
