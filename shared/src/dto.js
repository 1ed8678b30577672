"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=dto.js.map