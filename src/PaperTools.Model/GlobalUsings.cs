#nullable enable
// The System namespaces nearly every file of this project uses, imported once here.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Text;
global using System.Threading;
