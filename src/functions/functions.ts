/*
 * The functions bundle Excel loads (and the preview, through its CustomFunctions stand-in). Each module below is
 * listed in modules.json; custom-functions-metadata-plugin reads their JSDoc into functions.json and appends the
 * CustomFunctions.associate calls to them. Their error messages follow Office's display language, read here once
 * Office is ready (outside Office — the preview — the browser's language, until the preview's switch changes it).
 */
import { languageFromOffice, whenOfficeReady } from "../excel/host";
import { setFunctionLanguage } from "./language";
import "./aging";
import "./convert";
import "./ratios";
import "./plans";
import "./ledger";
import "./cash";
import "./trend";
import "./desk";

const followOffice = () => setFunctionLanguage(languageFromOffice());
whenOfficeReady(followOffice, followOffice);
