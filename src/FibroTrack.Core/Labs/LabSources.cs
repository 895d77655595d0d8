namespace FibroTrack.Core.Labs;

/// <summary>Citations of the default ranges and bands, as shown to people.</summary>
public static class LabSources
{
    public const string LabOwnRange = "The lab's own reference range.";

    public const string TypicalAdultRange = "Typical adult range (FibroTrack clinical reference); a lab's own range wins.";

    public const string Miller1983 =
        "Miller A, Green M, Robinson D. Simple rule for calculating normal erythrocyte sedimentation rate. BMJ 1983;286:266.";

    public const string AhaCdc2003 =
        "Pearson TA, Mensah GA, Alexander RW, et al. Markers of inflammation and cardiovascular disease: a statement for healthcare professionals from the CDC and the AHA. Circulation 2003;107:499–511.";

    public const string NamIom2011 =
        "Institute of Medicine (now National Academy of Medicine). Dietary Reference Intakes for Calcium and Vitamin D. Washington, DC: National Academies Press; 2011.";

    public const string EndocrineSociety2011 =
        "Holick MF, Binkley NC, Bischoff-Ferrari HA, et al. Evaluation, treatment, and prevention of vitamin D deficiency: an Endocrine Society clinical practice guideline. J Clin Endocrinol Metab 2011;96:1911–1930.";

    public const string Tan1997 =
        "Tan EM, Feltkamp TE, Smolen JS, et al. Range of antinuclear antibodies in \"healthy\" individuals. Arthritis Rheum 1997;40:1601–1611.";

    public const string AssayDependent =
        "No default range: this test's range depends on the lab's assay. Enter the lab's range to get a flag.";
}
