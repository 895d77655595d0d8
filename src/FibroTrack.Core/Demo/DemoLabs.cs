using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Demo;

/// <summary>
/// A year of lab results for the demo person, as a clinician might order them in a fibromyalgia
/// work-up: normal blood count, thyroid, ESR and autoantibodies, a low vitamin D that rises after
/// the supplement, and a C-reactive protein that is raised on two tests months apart — the
/// persistent inflammation that fires the red-flag rule and deserves a clinician's look.
/// </summary>
public static class DemoLabs
{
    public static IReadOnlyList<LabResultInput> Generate(DemoDataSet data)
    {
        var first = data.Truth.FirstDay;
        var source = "Demo community lab";
        LabResultInput Quantity(string analyte, int day, double value, string unit, double? low = null, double? high = null) => new()
        {
            Analyte = analyte, Value = value, Unit = unit, RangeLow = low, RangeHigh = high,
            SpecimenDate = first.AddDays(day), Source = source,
        };

        return
        [
            Quantity(Analytes.Crp, 20, 4.1, "mg/L", 0, 5),
            Quantity(Analytes.Esr, 20, 14, "mm/h"),
            Quantity(Analytes.Wbc, 20, 6.2, "10*9/L"),
            Quantity(Analytes.Tsh, 20, 1.9, "m[IU]/L"),
            Quantity(Analytes.VitaminD, 20, 16, "ng/mL"),
            Quantity(Analytes.Magnesium, 20, 0.82, "mmol/L"),
            Quantity(Analytes.Ferritin, 20, 48, "ng/mL", 15, 150),
            new() { Analyte = Analytes.Ana, Positive = false, SpecimenDate = first.AddDays(20), Source = source },
            new() { Analyte = Analytes.Rf, Positive = false, SpecimenDate = first.AddDays(20), Source = source },
            Quantity(Analytes.CreatineKinase, 20, 96, "U/L", 30, 170),
            Quantity(Analytes.Crp, 190, 12.8, "mg/L", 0, 5),
            Quantity(Analytes.Esr, 190, 18, "mm/h"),
            Quantity(Analytes.VitaminD, 190, 31, "ng/mL"),
            Quantity(Analytes.Il6, 190, 4.2, "pg/mL"),
            Quantity(Analytes.Crp, 250, 11.4, "mg/L", 0, 5),
            Quantity(Analytes.Wbc, 250, 7.1, "10*9/L"),
            Quantity(Analytes.Crp, 330, 9.6, "mg/L", 0, 5),
            Quantity(Analytes.VitaminD, 330, 38, "ng/mL"),
        ];
    }
}
