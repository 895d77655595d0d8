using FibroTrack.Core.Regimen;
using FibroTrack.Data.Entities;

namespace FibroTrack.Features.Regimen;

/// <summary>One dose of the history: from <paramref name="EffectiveFrom"/> on, this dose and schedule.</summary>
public sealed record DoseDto(DateOnly EffectiveFrom, double Dose, string Unit, string Schedule);

/// <summary>A regimen item with its whole dose history, oldest first.</summary>
/// <param name="Code">The vocabulary code under which the diary records taking it.</param>
public sealed record RegimenItemResponse(
    long Id, string Code, string Name, string Kind, string? RxNorm,
    DateOnly StartDate, DateOnly? StopDate, bool Active, string? Notes,
    DoseDto? CurrentDose, IReadOnlyList<DoseDto> Doses)
{
    public static RegimenItemResponse From(RegimenItem item, DateOnly today)
    {
        var current = item.DoseOn(today);
        return new(
            item.Id, item.Code, item.Name, item.Kind.ToString().ToLowerInvariant(), item.RxNorm,
            item.StartDate, item.StopDate, item.IsActiveOn(today), item.Notes,
            current is null ? null : ToDto(current),
            [.. item.Doses.OrderBy(d => d.EffectiveFrom).ThenBy(d => d.Id).Select(ToDto)]);
    }

    private static DoseDto ToDto(RegimenDose d) => new(d.EffectiveFrom, d.Dose, d.Unit, d.Schedule);
}

/// <summary>Body of <c>POST /api/v1/regimen/{id}/stop</c>.</summary>
/// <param name="StopDate">The last day it was taken; null takes it up again.</param>
public sealed record StopRequest(DateOnly? StopDate);

/// <summary>The options the regimen accepts.</summary>
public sealed record RegimenOptionsResponse(
    IReadOnlyList<BuiltInMedication> BuiltIns,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Schedules);
