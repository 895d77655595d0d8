using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Matrix;

/// <summary>One column of the <see cref="DailyMatrix"/>.</summary>
/// <param name="Code">Column code: a variable code, <c>variable=option</c> for a category option, <c>tag:…</c>, or a derived code (<see cref="MatrixCodes"/>).</param>
/// <param name="Label">What a person reads.</param>
/// <param name="Kind">The analysis role of the variable behind the column.</param>
/// <param name="VariableCode">The vocabulary code the column comes from (the column code itself for derived columns).</param>
public sealed record MatrixColumn(string Code, string Label, VariableKind Kind, string VariableCode);
