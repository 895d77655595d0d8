using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>Every accepted unit converts to the canonical unit and back, to 1e-12 relative.</summary>
public sealed class UnitConversionTests
{
    /// <summary>
    /// (analyte code, unit, value in that unit, the same value in the canonical unit). Sources:
    /// CRP 1 mg/dL = 10 mg/L (CLINICAL.md); 25-OH vitamin D 1 ng/mL = 2.496 nmol/L (CLINICAL.md);
    /// magnesium 1 mmol/L = 24.305 mg/L (molar mass 24.305 g/mol) and 1 mEq/L = 0.5 mmol/L (divalent);
    /// CK 1 µkat/L = 60 U/L (1 U = 1 µmol/min); the rest are the same quantity written two ways.
    /// </summary>
    private static readonly (string Analyte, string Unit, double Value, double Canonical)[] Table =
    [
        (Analytes.Crp, "mg/L", 4.2, 4.2),
        (Analytes.Crp, "mg/dL", 1, 10),
        (Analytes.Crp, "mg/dL", 0.37, 3.7),
        (Analytes.HsCrp, "mg/L", 2.5, 2.5),
        (Analytes.HsCrp, "mg/dL", 0.35, 3.5),
        (Analytes.Esr, "mm/h", 22, 22),
        (Analytes.Il6, "pg/mL", 3.1, 3.1),
        (Analytes.Il6, "ng/L", 3.1, 3.1),
        (Analytes.Il8, "pg/mL", 12, 12),
        (Analytes.Il8, "ng/L", 12, 12),
        (Analytes.TnfAlpha, "pg/mL", 8.1, 8.1),
        (Analytes.TnfAlpha, "ng/L", 8.1, 8.1),
        (Analytes.Wbc, "10*9/L", 6.4, 6.4),
        (Analytes.Wbc, "10*3/uL", 6.4, 6.4),
        (Analytes.Wbc, "/nL", 6.4, 6.4),
        (Analytes.Rf, "[IU]/mL", 14, 14),
        (Analytes.Rf, "[kIU]/L", 14, 14),
        (Analytes.AntiCcp, "U/mL", 7, 7),
        (Analytes.VitaminD, "ng/mL", 30, 30),
        (Analytes.VitaminD, "ug/L", 30, 30),
        (Analytes.VitaminD, "nmol/L", 2.496, 1),
        (Analytes.VitaminD, "nmol/L", 74.88, 30),
        (Analytes.VitaminD, "nmol/L", 50, 50 / 2.496),
        (Analytes.Magnesium, "mg/dL", 2.0, 2.0),
        (Analytes.Magnesium, "mmol/L", 1, 2.4305),
        (Analytes.Magnesium, "mmol/L", 0.8, 1.9444),
        (Analytes.Magnesium, "meq/L", 2, 2.4305),
        (Analytes.Magnesium, "meq/L", 1.6, 1.9444),
        (Analytes.Ferritin, "ng/mL", 45, 45),
        (Analytes.Ferritin, "ug/L", 45, 45),
        (Analytes.Tsh, "m[IU]/L", 2.2, 2.2),
        (Analytes.Tsh, "u[IU]/mL", 2.2, 2.2),
        (Analytes.CreatineKinase, "U/L", 180, 180),
        (Analytes.CreatineKinase, "ukat/L", 2, 120),
        (Analytes.CreatineKinase, "ukat/L", 3.5, 210),
    ];

    public static TheoryData<string, string, double, double> Conversions()
    {
        var data = new TheoryData<string, string, double, double>();
        foreach (var (analyte, unit, value, canonical) in Table)
        {
            data.Add(analyte, unit, value, canonical);
        }

        return data;
    }

    private static LabUnit Unit(string analyte, string unit) =>
        Analytes.Find(analyte)!.FindUnit(unit) ?? throw new InvalidOperationException($"{analyte} does not accept {unit}.");

    [Theory]
    [MemberData(nameof(Conversions))]
    public void ToCanonical_ReferenceValue_Matches(string analyte, string unit, double value, double canonical)
    {
        LabFixture.AssertRelative(canonical, Unit(analyte, unit).ToCanonical(value));
    }

    [Theory]
    [MemberData(nameof(Conversions))]
    public void FromCanonical_ReferenceValue_Matches(string analyte, string unit, double value, double canonical)
    {
        LabFixture.AssertRelative(value, Unit(analyte, unit).FromCanonical(canonical));
    }

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Validate_ValueInUnit_StoresGivenAndCanonical(string analyte, string unit, double value, double canonical)
    {
        var result = LabFixture.Valid(LabFixture.Input(analyte, value, unit));

        Assert.Equal(value, result.Value);
        Assert.Equal(unit, result.Unit);
        Assert.Equal(Analytes.Find(analyte)!.CanonicalUnit, result.CanonicalUnit);
        LabFixture.AssertRelative(canonical, result.CanonicalValue!.Value);
    }

    public static TheoryData<string, string> AllUnits()
    {
        var data = new TheoryData<string, string>();
        foreach (var analyte in Analytes.All)
        {
            foreach (var unit in analyte.Units)
            {
                data.Add(analyte.Code.Value, unit.Code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void RoundTrip_EveryAcceptedUnit_ReturnsValue(string analyte, string unit)
    {
        var u = Unit(analyte, unit);
        foreach (var value in new[] { 0.001, 0.7, 1, 2.496, 12.34, 99.9, 1234.5678, 1e6 })
        {
            LabFixture.AssertRelative(value, u.FromCanonical(u.ToCanonical(value)));
            LabFixture.AssertRelative(value, u.ToCanonical(u.FromCanonical(value)));
        }
    }

    [Fact]
    public void Conversions_CoverEveryAcceptedUnit()
    {
        var tested = Table.Select(row => (row.Analyte, row.Unit)).ToHashSet();

        foreach (var analyte in Analytes.All)
        {
            foreach (var unit in analyte.Units)
            {
                Assert.Contains((analyte.Code.Value, unit.Code), tested);
            }
        }
    }

    [Fact]
    public void CanonicalUnit_IsFirstAndHasFactorOne()
    {
        foreach (var analyte in Analytes.All.Where(a => a.Units.Count > 0))
        {
            Assert.True(analyte.Units[0].IsCanonicalFactor, analyte.Name);
            Assert.Equal(analyte.Units[0].Code, analyte.CanonicalUnit);
        }
    }

    [Fact]
    public void ToCanonical_BoundaryAfterBinaryRounding_LandsExactly()
    {
        // 12 ng/mL × 2.496 = 29.952 nmol/L; without cleaning, 29.952 ÷ 2.496 is 11.999999999999998.
        Assert.Equal(12, Unit(Analytes.VitaminD, "nmol/L").ToCanonical(29.952));
        Assert.Equal(20, Unit(Analytes.VitaminD, "nmol/L").ToCanonical(49.92));
    }

    [Theory]
    [InlineData(Analytes.Crp, "mg/l", "mg/L")]
    [InlineData(Analytes.Crp, "MG/DL", "mg/dL")]
    [InlineData(Analytes.VitaminD, "nmol/l", "nmol/L")]
    [InlineData(Analytes.VitaminD, "µg/L", "ug/L")]
    [InlineData(Analytes.Wbc, "x10^9/L", "10*9/L")]
    [InlineData(Analytes.Wbc, "K/uL", "10*3/uL")]
    [InlineData(Analytes.Tsh, "mIU/L", "m[IU]/L")]
    [InlineData(Analytes.Tsh, "µIU/mL", "u[IU]/mL")]
    [InlineData(Analytes.Magnesium, "mEq/L", "meq/L")]
    [InlineData(Analytes.Rf, "IU/mL", "[IU]/mL")]
    [InlineData(Analytes.CreatineKinase, "IU/L", "U/L")]
    [InlineData(Analytes.CreatineKinase, "µkat/L", "ukat/L")]
    [InlineData(Analytes.Esr, "mm/hr", "mm/h")]
    public void Validate_CommonSpelling_StoredAsUcumCode(string analyte, string typed, string ucum)
    {
        var result = LabFixture.Valid(LabFixture.Input(analyte, 5, typed));

        Assert.Equal(ucum, result.Unit);
    }

    [Fact]
    public void Spellings_WithinEachAnalyte_DoNotCollideIgnoringCase()
    {
        foreach (var analyte in Analytes.All)
        {
            var keys = analyte.Units
                .SelectMany(u => u.Spellings.Prepend(u.Code).Select(s => UcumSyntax.Normalize(s).ToLowerInvariant()).Distinct())
                .ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }
}
