import { createContext, useContext } from "react";

// The CSP nonce of this response; the browser hides it after parsing, so on the client it is "".
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
