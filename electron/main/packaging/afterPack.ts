// electron-builder's afterPack hook (package.json build.afterPack): flip the release fuses
// in the packed binary before it is signed and made into an installer.
import { flipFuses } from "@electron/fuses";
import { Arch, type AfterPackContext } from "electron-builder";
import { packedBinary, RELEASE_FUSES } from "./fuses.ts";

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const { packager } = context;
  const productFilename = packager.appInfo.productFilename;
  const binary = packedBinary({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    productFilename,
    // Only the Linux packager names its executable apart from the product.
    executableName: "executableName" in packager ? String(packager.executableName) : productFilename,
  });
  // Changing the binary breaks an Apple Silicon build's ad-hoc signature: redo it.
  const resetAdHocDarwinSignature = context.electronPlatformName === "darwin" && context.arch === Arch.arm64;
  await flipFuses(binary, { ...RELEASE_FUSES, resetAdHocDarwinSignature });
}
