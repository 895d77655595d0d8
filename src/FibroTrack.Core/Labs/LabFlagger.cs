using FibroTrack.Core.People;

namespace FibroTrack.Core.Labs;

/// <summary>
/// Flags a result against the lab's own range when it has one, else against the documented default
/// (CLINICAL.md, "Typical adult reference ranges"), else not at all.
/// </summary>
/// <remarks>
/// Defaults, all in the canonical unit and inclusive at both ends:
/// CRP up to 10 mg/L (many labs use 5: their range wins); hs-CRP up to 10 mg/L, above which the value
/// reads as acute inflammation rather than a cardiovascular-risk level, with the AHA/CDC 2003 bands
/// (&lt; 1, 1–3, &gt; 3 mg/L) as a separate label; ESR up to Miller's age/sex limit; TSH 0.4–4.0 m[IU]/L;
/// WBC 4.0–11.0 ×10⁹/L; magnesium 1.7–2.2 mg/dL; 25-OH vitamin D by the chosen
/// <see cref="VitaminDScheme"/>. IL-6, IL-8, TNF-α, RF, anti-CCP, CK and ferritin are assay-dependent:
/// without the lab's range they are shown unflagged (or Positive/Negative when reported so). CLINICAL.md
/// lists TSH under both "≈ 0.4–4.0" and "assay-dependent"; the explicit default is used.
/// </remarks>
public static class LabFlagger
{
    public static LabInterpretation Flag(LabResult result, PersonFacts person, VitaminDScheme vitaminD = VitaminDScheme.NamIom2011)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(person);

        var (band, bandSource) = Band(result, vitaminD);
        if (result.CanonicalValue is { } value)
        {
            if (result.CanonicalLabRange is { } labRange)
            {
                return new(labRange.Classify(value), labRange, LabSources.LabOwnRange, band, bandSource) { IsLabRange = true };
            }

            if (DefaultRange(result, person, vitaminD) is var (range, source))
            {
                return new(range.Classify(value), range, source, band, bandSource);
            }
        }

        if (result.Positive is { } positive)
        {
            return new(positive ? LabFlag.Positive : LabFlag.Negative, null, "Reported as positive or negative by the lab.", band, bandSource);
        }

        return new(LabFlag.Unknown, null, NoRangeReason(result), band, bandSource);
    }

    /// <summary>The documented default range for the result, with its source text; <c>null</c> where there is none.</summary>
    public static (ReferenceRange Range, string Source)? DefaultRange(LabResult result, PersonFacts person, VitaminDScheme vitaminD = VitaminDScheme.NamIom2011)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(person);
        if (!result.Analyte.IsCatalogued || result.Analyte.CanonicalUnit is not { } unit)
        {
            return null;
        }

        return result.Analyte.Code.Value switch
        {
            Analytes.Crp => (new(null, 10, unit), $"Default upper limit 10 mg/L; many labs use 5 mg/L. {LabSources.TypicalAdultRange}"),
            Analytes.HsCrp => (new(null, 10, unit),
                $"Default upper limit 10 mg/L: above it the value points to acute inflammation rather than a cardiovascular-risk level, and the AHA/CDC statement advises repeating the test. {LabSources.AhaCdc2003}"),
            Analytes.Esr => EsrRange(person, result.SpecimenDate, unit),
            Analytes.Tsh => (new(0.4, 4.0, unit), LabSources.TypicalAdultRange),
            Analytes.Wbc => (new(4.0, 11.0, unit), LabSources.TypicalAdultRange),
            Analytes.Magnesium => (new(1.7, 2.2, unit), LabSources.TypicalAdultRange),
            Analytes.VitaminD => vitaminD == VitaminDScheme.EndocrineSociety2011
                ? (new(30, null, unit), $"Endocrine Society 2011: 30 ng/mL or more is sufficient. {LabSources.EndocrineSociety2011}")
                : (new(20, 50, unit), $"NAM/IOM 2011: 20 ng/mL or more is adequate for nearly everyone; above 50 ng/mL may be a concern. {LabSources.NamIom2011}"),
            _ => null,
        };
    }

    private static (ReferenceRange, string)? EsrRange(PersonFacts person, DateOnly date, string unit)
    {
        if (EsrReference.UpperLimitFor(person, date) is not { } limit)
        {
            return null;
        }

        var age = person.AgeOn(date)!.Value;
        var rule = person.Sex switch
        {
            Sex.Male => $"age ÷ 2 for a man of {age}",
            Sex.Female => $"(age + 10) ÷ 2 for a woman of {age}",
            _ => $"(age + 10) ÷ 2 at age {age}: sex not recorded, so the higher (women's) limit is used",
        };
        return (new(null, limit, unit), $"Default upper limit {LabFormat.Number(limit)} mm/h, {rule}. {LabSources.Miller1983}");
    }

    private static string NoRangeReason(LabResult result)
    {
        if (!result.Analyte.IsCatalogued)
        {
            return "No default range for a test outside FibroTrack's list. Enter the lab's range to get a flag.";
        }

        if (result.Analyte.Code.Value == Analytes.Esr && result.CanonicalValue is not null)
        {
            return $"The default ESR limit depends on age (at least {EsrReference.MinimumAge}): add a birth date, or enter the lab's range. {LabSources.Miller1983}";
        }

        return result.CanonicalValue is null ? "Neither a value nor positive/negative to flag." : LabSources.AssayDependent;
    }

    private static (string? Band, string? Source) Band(LabResult result, VitaminDScheme vitaminD)
    {
        if (!result.Analyte.IsCatalogued)
        {
            return (null, null);
        }

        switch (result.Analyte.Code.Value)
        {
            case Analytes.HsCrp when result.CanonicalValue is { } v:
                var hs = v switch
                {
                    < 1 => "Below 1 mg/L: lower cardiovascular-risk band",
                    <= 3 => "1–3 mg/L: average cardiovascular-risk band",
                    <= 10 => "Above 3 mg/L: higher cardiovascular-risk band",
                    _ => "Above 10 mg/L: too high to read as a cardiovascular-risk band",
                };
                return (hs, LabSources.AhaCdc2003);

            case Analytes.VitaminD when result.CanonicalValue is { } v:
                return vitaminD == VitaminDScheme.EndocrineSociety2011
                    ? (v switch
                    {
                        < 20 => "Deficient (below 20 ng/mL)",
                        < 30 => "Insufficient (20 to below 30 ng/mL)",
                        _ => "Sufficient (30 ng/mL or more)",
                    }, "Endocrine Society 2011 scheme. " + LabSources.EndocrineSociety2011)
                    : (v switch
                    {
                        < 12 => "Deficient (below 12 ng/mL)",
                        < 20 => "Possibly inadequate (12 to below 20 ng/mL)",
                        <= 50 => "Adequate (20–50 ng/mL)",
                        _ => "Possible concern (above 50 ng/mL)",
                    }, "NAM/IOM 2011 scheme. " + LabSources.NamIom2011);

            case Analytes.Ana when result.Titer is { } t:
                // Tan 1997 (CLINICAL.md marks it "verify"): checked against the abstract, PMID 9324014.
                var ana = t.Dilution switch
                {
                    >= Analytes.AnaSignificantTiter => "1:160 or higher: at or above the usual threshold for clinical significance",
                    >= Analytes.AnaPositiveTiter => "1:40 to 1:80: a low titer, common in healthy people (about 32% at 1:40 and 13% at 1:80)",
                    _ => "Below 1:40, the usual screening dilution",
                };
                return (ana, LabSources.Tan1997);

            default:
                return (null, null);
        }
    }
}
