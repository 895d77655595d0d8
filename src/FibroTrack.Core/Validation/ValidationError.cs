namespace FibroTrack.Core.Validation;

/// <summary>One problem with one field of an input, phrased for the person who typed it.</summary>
/// <param name="Field">Path of the field, e.g. <c>values[symptom.pain]</c> or <c>activities[0].minutes</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ValidationError(string Field, string Message);
