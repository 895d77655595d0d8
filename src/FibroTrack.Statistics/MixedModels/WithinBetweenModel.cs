using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.MixedModels;

/// <summary>
/// The within/between ("hybrid") random-intercept model of STATS.md §5: the exposure x is split into each person's
/// mean x̄ᵢ (the between-person part) and the deviation xᵢⱼ − x̄ᵢ (the within-person part), entered as separate fixed
/// effects: yᵢⱼ = β₀ + β_W(xᵢⱼ − x̄ᵢ) + β_B·x̄ᵢ + bᵢ + εᵢⱼ.
/// </summary>
/// <remarks>
/// β_W answers "when a person's marker is higher than usual, is their severity higher than usual?" and is free of
/// every stable difference between people; β_B answers "do people with higher markers have higher severity?" and is
/// open to confounding by anything that differs between people (Neuhaus &amp; Kalbfleisch 1998; Bell &amp; Jones 2015).
/// Both are associations, never causal effects.
/// </remarks>
public static class WithinBetweenModel
{
    public const string Intercept = "(Intercept)";
    public const string Within = "within";
    public const string Between = "between";

    /// <summary>Fits the hybrid model to rows of (person, x, y); persons are any numbers, renumbered here.</summary>
    public static WithinBetweenFit Fit(IReadOnlyList<int> persons, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = y.Count;
        Preconditions.CheckArgument(persons.Count == n && x.Count == n, nameof(x), $"Expected {n} persons, x and y values.");

        var numbers = new Dictionary<int, int>();
        var groups = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (!numbers.TryGetValue(persons[i], out var number))
            {
                number = numbers.Count;
                numbers[persons[i]] = number;
            }

            groups[i] = number;
        }

        var sums = new double[numbers.Count];
        var counts = new int[numbers.Count];
        for (var i = 0; i < n; i++)
        {
            sums[groups[i]] += x[i];
            counts[groups[i]]++;
        }

        var design = new double[3 * n];
        var response = new double[n];
        for (var i = 0; i < n; i++)
        {
            var mean = sums[groups[i]] / counts[groups[i]];
            design[i] = 1;
            design[n + i] = x[i] - mean;
            design[(2 * n) + i] = mean;
            response[i] = y[i];
        }

        var fit = RandomInterceptModel.Fit(groups, design, response, [Intercept, Within, Between]);
        return new WithinBetweenFit(fit, fit.Coefficient(Within), fit.Coefficient(Between));
    }
}

/// <summary>The hybrid model's fit and its two effects of interest.</summary>
public sealed record WithinBetweenFit(RandomInterceptFit Model, MixedCoefficient Within, MixedCoefficient Between);
