namespace FibroTrack.Data.Entities;

/// <summary>An infection the person had: EBV, Lyme disease, COVID-19, influenza, other viral or bacterial.</summary>
public sealed class InfectionEpisode : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>An option code of the <c>event.infection-type</c> variable (ebv, lyme, covid-19, …).</summary>
    public string Type { get; set; } = string.Empty;

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public bool ConfirmedByTest { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }
}
