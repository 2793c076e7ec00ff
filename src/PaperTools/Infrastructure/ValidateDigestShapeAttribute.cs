using System.Linq;
using System.Management.Automation;

namespace PaperTools.Commands
{
    /// <summary>Refuses a -Format no digest reader reads (BibTeX) at binding, with the command that does read it.</summary>
    public sealed class ValidateDigestShapeAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var format = (DigestFormat)(arguments is PSObject wrapped ? wrapped.BaseObject : arguments);
            if (DigestFormatCompleter.DigestShapes.Contains(format)) return;
            var hint = format == DigestFormat.BibTeX ? " .bib files are read by Import-PaperBibTeX." : string.Empty;
            throw new ValidationMetadataException(
                $"'{format}' is not a digest shape. Use one of: {string.Join(", ", DigestFormatCompleter.DigestShapes)}.{hint}");
        }
    }
}
