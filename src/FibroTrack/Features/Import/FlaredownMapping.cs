using System.Globalization;
using System.Text.RegularExpressions;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Import;

/// <summary>
/// How Flaredown's trackables become FibroTrack variables. The tables are documented in docs/imports.md; names are
/// matched case-insensitively after trimming, and anything not listed becomes a custom variable of the person's own.
/// </summary>
public static partial class FlaredownMapping
{
    /// <summary>Flaredown rates conditions and symptoms 0–4 (0 none … 4 extreme).</summary>
    public const double FlaredownMax = 4;

    /// <summary>Symptom names that mean a built-in variable.</summary>
    public static readonly IReadOnlyDictionary<string, string> Symptoms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pain"] = BuiltInVariables.Pain,
        ["overall pain"] = BuiltInVariables.Pain,
        ["body pain"] = BuiltInVariables.Pain,
        ["widespread pain"] = BuiltInVariables.Pain,
        ["chronic pain"] = BuiltInVariables.Pain,
        ["body aches"] = BuiltInVariables.Pain,
        ["fatigue"] = BuiltInVariables.Fatigue,
        ["tiredness"] = BuiltInVariables.Fatigue,
        ["exhaustion"] = BuiltInVariables.Fatigue,
        ["chronic fatigue"] = BuiltInVariables.Fatigue,
        ["brain fog"] = BuiltInVariables.FibroFog,
        ["fibro fog"] = BuiltInVariables.FibroFog,
        ["cognitive dysfunction"] = BuiltInVariables.FibroFog,
        ["difficulty concentrating"] = BuiltInVariables.FibroFog,
        ["headache"] = BuiltInVariables.Headache,
        ["headaches"] = BuiltInVariables.Headache,
        ["stiffness"] = BuiltInVariables.Stiffness,
        ["morning stiffness"] = BuiltInVariables.Stiffness,
        ["joint stiffness"] = BuiltInVariables.Stiffness,
        ["abdominal pain"] = BuiltInVariables.AbdominalPain,
        ["stomach pain"] = BuiltInVariables.AbdominalPain,
        ["ibs"] = BuiltInVariables.AbdominalPain,
        ["irritable bowel"] = BuiltInVariables.AbdominalPain,
        ["anxiety"] = BuiltInVariables.Anxiety,
        ["depression"] = BuiltInVariables.LowMood,
        ["low mood"] = BuiltInVariables.LowMood,
        ["depressed mood"] = BuiltInVariables.LowMood,
        ["stress"] = BuiltInVariables.Stress,
        ["unrefreshing sleep"] = BuiltInVariables.UnrefreshingSleep,
        ["non-restorative sleep"] = BuiltInVariables.UnrefreshingSleep,
        ["unrefreshed sleep"] = BuiltInVariables.UnrefreshingSleep,
        ["light sensitivity"] = BuiltInVariables.LightSensitivity,
        ["sensitivity to light"] = BuiltInVariables.LightSensitivity,
        ["noise sensitivity"] = BuiltInVariables.NoiseSensitivity,
        ["sensitivity to noise"] = BuiltInVariables.NoiseSensitivity,
        ["sound sensitivity"] = BuiltInVariables.NoiseSensitivity,
        ["temperature sensitivity"] = BuiltInVariables.TemperatureSensitivity,
        ["sensitivity to temperature"] = BuiltInVariables.TemperatureSensitivity,
        ["cold sensitivity"] = BuiltInVariables.TemperatureSensitivity,
    };

    /// <summary>Food names that mean one of the built-in diet flags (recorded as "yes" that day).</summary>
    public static readonly IReadOnlyDictionary<string, string> Foods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["coffee"] = "diet.caffeine",
        ["caffeine"] = "diet.caffeine",
        ["energy drink"] = "diet.caffeine",
        ["alcohol"] = "diet.alcohol",
        ["wine"] = "diet.alcohol",
        ["beer"] = "diet.alcohol",
        ["milk"] = "diet.dairy",
        ["cheese"] = "diet.dairy",
        ["yogurt"] = "diet.dairy",
        ["dairy"] = "diet.dairy",
        ["ice cream"] = "diet.dairy",
        ["gluten"] = "diet.gluten",
        ["bread"] = "diet.gluten",
        ["pasta"] = "diet.gluten",
        ["wheat"] = "diet.gluten",
        ["sugar"] = "diet.refined-sugar",
        ["candy"] = "diet.refined-sugar",
        ["soda"] = "diet.refined-sugar",
        ["chocolate"] = "diet.refined-sugar",
        ["red meat"] = "diet.red-meat",
        ["beef"] = "diet.red-meat",
        ["steak"] = "diet.red-meat",
        ["pork"] = "diet.red-meat",
        ["lamb"] = "diet.red-meat",
        ["fried food"] = "diet.fried-food",
        ["french fries"] = "diet.fried-food",
        ["fries"] = "diet.fried-food",
        ["fast food"] = "diet.processed-food",
        ["processed food"] = "diet.processed-food",
        ["salmon"] = "diet.omega3",
        ["fish"] = "diet.omega3",
        ["sardines"] = "diet.omega3",
        ["walnuts"] = "diet.omega3",
        ["flaxseed"] = "diet.omega3",
        ["spinach"] = "diet.leafy-greens",
        ["kale"] = "diet.leafy-greens",
        ["salad"] = "diet.leafy-greens",
        ["leafy greens"] = "diet.leafy-greens",
        ["turmeric"] = "diet.turmeric-ginger",
        ["ginger"] = "diet.turmeric-ginger",
        ["berries"] = "diet.berries",
        ["blueberries"] = "diet.berries",
        ["strawberries"] = "diet.berries",
        ["raspberries"] = "diet.berries",
    };

    /// <summary>Dose units as people write them, to the regimen's UCUM codes.</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mg"] = "mg",
        ["mcg"] = "ug",
        ["ug"] = "ug",
        ["µg"] = "ug",
        ["g"] = "g",
        ["iu"] = "[IU]",
        ["ml"] = "mL",
        ["drop"] = "{drop}",
        ["drops"] = "{drop}",
        ["tablet"] = "{tablet}",
        ["tablets"] = "{tablet}",
        ["tab"] = "{tablet}",
        ["tabs"] = "{tablet}",
        ["pill"] = "{tablet}",
        ["pills"] = "{tablet}",
        ["capsule"] = "{capsule}",
        ["capsules"] = "{capsule}",
        ["cap"] = "{capsule}",
        ["caps"] = "{capsule}",
    };

    /// <summary>
    /// A 0–4 Flaredown rating on FibroTrack's whole-number 0–10 scale: ×2.5, halves rounded up, so 0, 1, 2, 3, 4 become
    /// 0, 3, 5, 8, 10. <c>null</c> for anything that is not a finite number from 0 to 4.
    /// </summary>
    public static int? ToScale(double flaredown) =>
        double.IsFinite(flaredown) && flaredown >= 0 && flaredown <= FlaredownMax
            ? (int)Math.Round(flaredown * 10 / FlaredownMax, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>Reads a dose such as "20 mg", "1.5mg", "2 pills", "1,000 IU"; <c>false</c> when the text has no usable number and unit.</summary>
    public static bool TryParseDose(string text, out double dose, out string unit)
    {
        dose = 0;
        unit = string.Empty;
        var match = DosePattern().Match(text);
        if (!match.Success
            || !double.TryParse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out dose)
            || !double.IsFinite(dose) || dose <= 0 || dose > 1_000_000
            || !Units.TryGetValue(match.Groups["u"].Value, out var code))
        {
            dose = 0;
            return false;
        }

        unit = code;
        return true;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,7}(?:,\d{3})*(?:\.\d+)?)\s*(?<u>[a-zA-Zµ]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DosePattern();
}
