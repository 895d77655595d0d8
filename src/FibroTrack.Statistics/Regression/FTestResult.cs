namespace FibroTrack.Statistics.Regression;

/// <summary>An F test: the statistic, its (numerator, denominator) degrees of freedom and the upper-tail p-value.</summary>
public sealed record FTestResult(double F, int NumeratorDf, int DenominatorDf, double P);
