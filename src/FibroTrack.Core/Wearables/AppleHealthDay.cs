namespace FibroTrack.Core.Wearables;

/// <summary>One day of Apple Health data as daily aggregates; null where the export held nothing for that day.</summary>
/// <param name="Steps">Steps that day: per source summed, then the largest source (phone and watch both count steps).</param>
/// <param name="ActiveEnergyKcal">Active energy burned (kcal), the same per-source rule.</param>
/// <param name="HeartRateMean">Mean of the heart-rate samples (beats per minute).</param>
/// <param name="HeartRateVariabilityMean">Mean of the HRV samples (SDNN, ms).</param>
/// <param name="SleepHours">Hours asleep in the sleep that ended that day (in bed and awake excluded), the largest source.</param>
public sealed record AppleHealthDay(
    DateOnly Date,
    double? Steps,
    double? ActiveEnergyKcal,
    double? HeartRateMean,
    double? HeartRateVariabilityMean,
    double? SleepHours);
