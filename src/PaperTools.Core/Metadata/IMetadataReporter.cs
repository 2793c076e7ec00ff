using PaperTools.Diagnostics;

namespace PaperTools.Metadata
{
    /// <summary>What a metadata run tells its caller while it works: problems, progress, and details for -Verbose.</summary>
    public interface IMetadataReporter
    {
        void Problem(Problem problem);

        void Progress(MetadataProgress progress);

        void Verbose(string message);
    }
}
